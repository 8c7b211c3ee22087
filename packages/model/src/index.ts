/** @hatrack/model: the IAM world over time. */
export {}
