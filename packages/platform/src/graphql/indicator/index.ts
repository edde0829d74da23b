export * from './measurement.type';
export * from './measure-scope';
export * from './measures';
export * from './measure-kind';
export * from './verdict';
export * from './trend';
export * from './indicator.resolver';
export * from './indicator.interface';
