/**
 * A mutation document as the client writes one: the success member with `selection` (its data, or
 * only `__typename` when the data does not matter), and any typed error with its code and message.
 */
export function mutation(field: string, inputType: string | null, selection = 'data { id }'): string {
  const success = `Mutation${field[0]!.toUpperCase()}${field.slice(1)}Success`;
  const [variables, args] = inputType ? [`($input: ${inputType}!)`, '(input: $input)'] : ['', ''];
  return `mutation${variables} { ${field}${args} { __typename ... on ${success} { ${selection} } ... on Error { code message } } }`;
}
