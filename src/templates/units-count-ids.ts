/**
 * The ids of the hidden questions a generic consolidated report adds beside a unit question
 * (consolidation/generic-template.ts): the number of units behind an average, which its sentence
 * names, and the units that answered no to a yes/no question. Here, so the document and the template check know them by the same name.
 */

/** Beside a share's average: how many units gave a figure ("(bình quân của 2 đơn vị có số liệu)"). */
export const unitsAnsweredId = (fieldId: string) => `${fieldId}_so_don_vi`;

/** Beside a yes/no question's count of yes: the units that answered no ("1 đơn vị không tổ chức …"). */
export const unitsNoId = (fieldId: string) => `${fieldId}_so_don_vi_khong`;
