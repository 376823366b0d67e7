/** The OpenAPI security scheme every authenticated route declares. */
export const BEARER_SCHEME = 'bearerAuth';

export const bearerSecurity = [{ [BEARER_SCHEME]: [] }];

export const bearerSchemeComponent = {
  type: 'http',
  scheme: 'bearer',
  bearerFormat: 'JWT',
  description: 'A token from POST /api/v1/auth/login (ES256 JWT). Event streams also accept `?access_token=`.',
} as const;
