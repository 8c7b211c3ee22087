/** The request log's filter: which entries each choice keeps. */
import type { LogEntry } from '../core/types.ts'

/** The filter choices, in the order the log offers them. */
export const logFilters = ['all', 'allowed', 'denied', 'errors'] as const

/** One filter choice. */
export type LogFilter = (typeof logFilters)[number]

/** The choices' labels. */
export const logFilterLabels: Readonly<Record<LogFilter, string>> = {
  all: 'All',
  allowed: 'Allowed',
  denied: 'Denied',
  errors: 'Errors',
}

/** Whether `entry` passes `filter` (`all` keeps steps that asked for no authorization too). */
export function keepsEntry(filter: LogFilter, entry: LogEntry): boolean {
  switch (filter) {
    case 'all':
      return true
    case 'allowed':
      return entry.status === 'allowed'
    case 'denied':
      return entry.status === 'denied'
    case 'errors':
      return entry.status === 'error'
  }
}
