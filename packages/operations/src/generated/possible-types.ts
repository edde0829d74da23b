
      export interface PossibleTypesResultData {
        possibleTypes: {
          [key: string]: string[]
        }
      }
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Indicator": [
      "EgovIndicator",
      "InstitutionsIndicator",
      "WorkforceIndicator"
    ]
  }
};
      export default result;
    