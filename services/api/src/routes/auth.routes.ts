import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { ApiDependencies } from '../api-dependencies.ts';
import type { ApiEnv } from '../http/api-env.ts';
import type { Guards } from '../middleware/guards.ts';
import { bearerSecurity } from '../openapi/bearer-security.ts';
import { jsonContent } from '../openapi/json-content.ts';
import { problemResponses } from '../openapi/problem-responses.ts';
import { TokenSchema } from '../resources/token.resource.ts';
import { toUserResource, UserEnvelopeSchema } from '../resources/user.resource.ts';
import { getCurrentUser } from '../use-cases/get-current-user.ts';
import { logIn } from '../use-cases/log-in.ts';
import { PASSWORD_POLICY } from '../use-cases/password-policy.ts';
import { signUp } from '../use-cases/sign-up.ts';

const { minLength, maxLength } = PASSWORD_POLICY;

const SignUpRequest = z
  .strictObject({
    email: z
      .string()
      .trim()
      .pipe(z.email().max(254))
      .openapi({ format: 'email', description: 'Compared case-insensitively.', example: 'ana@example.com' }),
    password: z
      .string()
      .min(minLength, `password must be at least ${minLength} characters`)
      .max(maxLength, `password must be at most ${maxLength} characters`)
      .openapi({
        description: `${minLength} to ${maxLength} characters; no other rules.`,
        example: 'correct horse battery',
      }),
    name: z.string().trim().min(1).max(200).optional().openapi({ description: "Defaults to the email's local part." }),
  })
  .openapi('SignUpRequest');

const LogInRequest = z
  .strictObject({
    email: z.string().min(1).max(254).openapi({ example: 'ana@example.com' }),
    password: z.string().min(1).max(1024),
  })
  .openapi('LogInRequest');

export function authRoutes(deps: ApiDependencies, guards: Guards): OpenAPIHono<ApiEnv> {
  const { users } = deps.repositories;
  return new OpenAPIHono<ApiEnv>()
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/auth/signup',
        tags: ['auth'],
        summary: 'Create an account',
        description: `Creates a user, who is a tenant of their own. Passwords are ${minLength}–${maxLength} characters with no composition rules (NIST SP 800-63B) and are stored as scrypt hashes. Limited per client address.`,
        middleware: guards.credentials,
        request: { body: { content: jsonContent(SignUpRequest), required: true } },
        responses: {
          201: { description: 'The account was created.', content: jsonContent(UserEnvelopeSchema) },
          ...problemResponses(400, 409, 413, 415, 429),
        },
      }),
      async (c) => {
        const user = await signUp(users, c.req.valid('json'));
        return c.json({ user: toUserResource(user) }, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/auth/login',
        tags: ['auth'],
        summary: 'Get a bearer token',
        description:
          'An unknown email and a wrong password get the same 401 and take about as long. Limited per client address.',
        middleware: guards.credentials,
        request: { body: { content: jsonContent(LogInRequest), required: true } },
        responses: {
          200: { description: 'A token for the account.', content: jsonContent(TokenSchema) },
          ...problemResponses(400, 401, 413, 415, 429),
        },
      }),
      async (c) => c.json(await logIn({ users, tokens: deps.tokens }, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/auth/me',
        tags: ['auth'],
        summary: 'The signed-in user',
        security: bearerSecurity,
        middleware: guards.user,
        responses: {
          200: { description: 'The user the token was issued to.', content: jsonContent(UserEnvelopeSchema) },
          ...problemResponses(401, 404, 429),
        },
      }),
      async (c) => c.json({ user: toUserResource(await getCurrentUser(users, c.get('principal'))) }, 200),
    );
}
