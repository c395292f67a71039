//go:build unix

package scaling

import (
	"syscall"
	"time"
)

// now returns the CPU time the process has used, user and system: unlike
// the wall clock, it does not count the time other processes on a busy
// machine take from this one.
func now() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return time.Duration(time.Now().UnixNano())
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
