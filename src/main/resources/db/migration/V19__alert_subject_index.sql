-- The alert scan looks up which of the alerts it decided are stored already, a few hundred subjects at a time. The
-- unique key leads with the rule, and H2 uses an index for an IN list only on its leading column: through the key it
-- would read every stored alert of the rule for each lookup, more with every scan.
create index ix_alert_subject on alert (subject, occurrence);
