// The engine's refusal as the tests check it: a JS Error carrying the contract's code and field.

/**
 * Whether `error` is the engine's refusal with `code`, about `field` when one is given: for
 * `assert.throws(() => …, refused("empty", "amount"))`.
 * @param {string} code
 * @param {string} [field]
 * @returns {(error: unknown) => boolean}
 */
export const refused = (code, field) => (error) => isRefusal(error) && error.code === code && (field === undefined || error.field === field);

/**
 * Whether `error` is a refusal of the engine (any code).
 * @param {unknown} error
 * @returns {error is import("syiaqy").SyiaqyError}
 */
export const isRefusal = (error) => error instanceof Error && "code" in error && "field" in error;
