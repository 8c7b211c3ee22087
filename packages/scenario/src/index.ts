/** @hatrack/scenario: scenario files, replay and expectations. */
export {}
