// BJB branches of the demo and of the scale seed: the real KC names across Banten.
export const DEMO_BRANCHES = [
  { code: "BJB-SRG", name: "Bank BJB KC Serang", regencyCode: "3673" },
  { code: "BJB-TGR", name: "Bank BJB KC Tangerang", regencyCode: "3671" },
  { code: "BJB-CLG", name: "Bank BJB KC Cilegon", regencyCode: "3672" },
  { code: "BJB-RKB", name: "Bank BJB KC Rangkasbitung", regencyCode: "3602" },
  { code: "BJB-PDG", name: "Bank BJB KC Pandeglang", regencyCode: "3601" },
  { code: "BJB-BSD", name: "Bank BJB KC Tangerang Selatan", regencyCode: "3674" },
] as const;
