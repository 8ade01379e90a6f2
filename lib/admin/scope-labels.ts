// An API key scope's label under admin.keys.scopes: permission names hold dots, which next-intl reads as nesting.
export const scopeLabelKey = (scope: string) => `scopes.${scope.replaceAll(".", "_")}`;
