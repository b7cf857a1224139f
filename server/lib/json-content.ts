import type { ZodType } from 'zod';
import { ApiError } from '../../contract/common';

export function jsonContent<T extends ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

export const errorResponses = {
  400: jsonContent(ApiError, 'A parameter is invalid'),
  500: jsonContent(ApiError, 'Unexpected server error'),
} as const;
