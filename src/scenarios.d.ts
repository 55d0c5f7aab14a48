declare module 'virtual:passerelles/scenarios' {
  export const scenarios: readonly import('./content/catalogue').ScenarioEntry[];
}
