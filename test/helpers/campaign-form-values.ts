/**
 * The web page's new-campaign form as an officer fills it in: the ward's report type, two schools,
 * no reference document, the period left empty. Tests change what they are about.
 */
export const WARD_REPORT = "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời (cấp phường, xã)";

export const campaignFormValues = (changes: Record<string, string> = {}): Record<string, string> => ({
  template_title: WARD_REPORT,
  title: "Báo cáo Tuần lễ học tập 2026 (đợt 2)",
  reference_number: "",
  reference_date: "",
  reference_issuer: "",
  issuer_name: "UBND phường Nam Triệu",
  deadline_date: "30/10/2026",
  deadline_time: "17h",
  period: "",
  all_units: "Không",
  unit_codes: "TH-LIEN-CHAU\r\nMN-HOA-SEN",
  late_policy: "Không nhận báo cáo muộn",
  ...changes,
});
