// Types of scripts/build-step.mjs for the tsup configs that use it.
export type BuildStep = "js" | "types" | "all";
export function buildStep(): BuildStep;
export function dtsFor<T extends object>(step: BuildStep, dts?: T | true): false | (T & { only?: boolean });
