"""The working-day calendar as an administrator changes it (工作日历), and what moves with it.

Reading the calendar is `timers.schedule`'s; changing it recounts the pending deadlines
of cases and household files, so this package stands above both slices.
"""
