//go:build !unix

package scaling

import "time"

// now returns the wall clock where the process's CPU time is not at hand.
func now() time.Duration { return time.Duration(time.Now().UnixNano()) }
