export * from './rng';
export * from './text';
export * from './units';
export * from './agencies';
export * from './procedures';
export * from './plan';
export * from './names';
