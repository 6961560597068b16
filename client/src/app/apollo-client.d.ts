import type { GraphQLCodegenDataMasking } from '@apollo/client/masking';

// Codegen emits masked types; this tells Apollo's hooks to read them that way.
declare module '@apollo/client' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging needs an interface
  export interface TypeOverrides extends GraphQLCodegenDataMasking.TypeOverrides {}
}
