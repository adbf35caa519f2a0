/** The programs the extension ships, in the order pickers show them; each is a folder in `templates/programs`. */
export const builtInProgramIds = ['takeover', 'reorganization', 'hiring'] as const;
