-- Data version 4: the print queue's claim on a job. A program about to send a receipt to the
-- printer stamps the job first, so a second program on the same store (the CLI beside the GUI)
-- does not print it too; a stamp left behind by a crash expires, and the job is then printed
-- again, marked as a copy: a rare duplicate receipt is better than a lost one.
ALTER TABLE print_jobs ADD COLUMN claimed_at TEXT;
