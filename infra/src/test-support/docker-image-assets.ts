import { readFileSync } from 'node:fs';
import type { AssetManifest, DockerImageSource } from 'aws-cdk-lib/cloud-assembly-schema';
import { AssetManifestArtifact, type CloudAssembly } from 'aws-cdk-lib/cx-api';

/** The Docker images a stack's asset manifest asks a deploy to build, as the CLI reads them. */
export function dockerImageSources(assembly: CloudAssembly, stackName: string): DockerImageSource[] {
  return assembly
    .getStackByName(stackName)
    .dependencies.filter(AssetManifestArtifact.isAssetManifestArtifact)
    .flatMap((artifact) => {
      const manifest = JSON.parse(readFileSync(artifact.file, 'utf8')) as AssetManifest;
      return Object.values(manifest.dockerImages ?? {}).map((image) => image.source);
    });
}
