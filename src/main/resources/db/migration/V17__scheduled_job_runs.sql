-- When each scheduled job (by its Quartz identity) last ended well and last failed. Whichever instance ran the job
-- writes its row, so that every instance of a cluster reports the same at /q/metrics. One row a job, updated in place.

create table scheduled_job_run (
    job              varchar(64) primary key,
    last_success_at  timestamp with time zone,
    last_failure_at  timestamp with time zone
);
