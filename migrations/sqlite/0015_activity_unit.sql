ALTER TABLE `campaign_activity` ADD `unit_id` integer;--> statement-breakpoint
-- Rows written before: their unit found by its name as it is now, when exactly one unit has it.
UPDATE `campaign_activity` SET `unit_id` = (
  SELECT CASE WHEN count(*) = 1 THEN min(`u`.`id`) END FROM `units` `u`
  WHERE (`campaign_activity`.`action` = 'returned' AND substr(`campaign_activity`.`detail`, 1, length(`u`.`name`) + 2) = `u`.`name` || ': ')
     OR (`campaign_activity`.`action` = 'reminded-unit' AND `campaign_activity`.`detail` = `u`.`name`)
) WHERE `action` IN ('returned', 'reminded-unit');
