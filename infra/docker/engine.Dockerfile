# syntax=docker/dockerfile:1
# A ContentFlow engine as a Lambda container image. The CDK app builds one per media service at deploy time
# (infra/src/services/engine-image.ts); by hand, from the repository root:
#   docker build --platform linux/arm64 -f infra/docker/engine.Dockerfile \
#     --build-arg SERVICE=video --target engine-with-ffmpeg -t contentflow-video .
#
# Why an image rather than an esbuild bundle: the media engines load native modules (sharp, @resvg/resvg-js),
# read fonts, emoji and a WASM speech synthesizer from their npm packages at run time, and spawn ffmpeg.

# AWS's Lambda base image: the Node 24 runtime and its interface client, on Amazon Linux 2023, amd64 and arm64.
ARG LAMBDA_BASE_IMAGE=public.ecr.aws/lambda/nodejs:24
# Static ffmpeg and ffprobe (musl, no shared libraries) with libx264, libass, fontconfig and every native filter,
# published for amd64 and arm64. Pin a digest (`…:7.1@sha256:…`) to freeze it completely.
ARG FFMPEG_IMAGE=mwader/static-ffmpeg:7.1

FROM ${FFMPEG_IMAGE} AS ffmpeg

# Installed on the Lambda image itself, so npm picks the native builds (sharp, resvg) for its CPU and glibc.
FROM ${LAMBDA_BASE_IMAGE} AS dependencies
ARG SERVICE
WORKDIR /build
COPY . .
# The lock file decides every version; only the service's production dependencies (and its workspaces') go in.
# The npm ffmpeg builds (platform's optional fallback, ffmpeg 4.1) would only weigh the image down: engines that
# spawn ffmpeg get a current one on PATH (engine-with-ffmpeg below).
RUN test -n "${SERVICE}" \
 && npm ci --omit=dev --workspace "@contentflow/${SERVICE}" --ignore-scripts --no-audit --no-fund \
 && rm -rf node_modules/@ffmpeg-installer node_modules/@ffprobe-installer

FROM ${LAMBDA_BASE_IMAGE} AS engine
ARG SERVICE
WORKDIR ${LAMBDA_TASK_ROOT}
# Node 24 runs the TypeScript sources directly (type stripping): nothing is compiled. Workspace packages are
# symlinks in node_modules that resolve outside it, where Node strips types.
COPY --from=dependencies /build/package.json ${LAMBDA_TASK_ROOT}/
COPY --from=dependencies /build/node_modules ${LAMBDA_TASK_ROOT}/node_modules
COPY --from=dependencies /build/events ${LAMBDA_TASK_ROOT}/events
COPY --from=dependencies /build/platform ${LAMBDA_TASK_ROOT}/platform
COPY --from=dependencies /build/services/${SERVICE} ${LAMBDA_TASK_ROOT}/services/${SERVICE}
COPY infra/docker/lambda-handler.mjs ${LAMBDA_TASK_ROOT}/
# fontconfig (in libass and libvips) keeps its cache under $HOME by default; only /tmp is writable on Lambda.
ENV XDG_CACHE_HOME=/tmp/.cache
# Every function of the image starts here; its configuration names the handler module (see lambda-handler.mjs).
CMD ["lambda-handler.handler"]

FROM engine AS engine-with-ffmpeg
COPY --from=ffmpeg /ffmpeg /ffprobe /usr/local/bin/
# Fail the build, not the first job, when ffmpeg is not the one on PATH or lacks what the engines call.
RUN node --input-type=module -e " \
  import { findFfmpeg, requireCapabilities } from '@contentflow/platform/ffmpeg'; \
  const found = await findFfmpeg(); \
  if (found.ffmpeg.source !== 'system') throw new Error('ffmpeg is not on PATH: ' + found.ffmpeg.path); \
  requireCapabilities(found, { \
    filters: ['fps', 'trim', 'zoompan', 'fade', 'concat', 'apad', 'subtitles', 'ebur128', 'ametadata'], \
    encoders: ['libx264', 'aac', 'libmp3lame'], \
  });"
