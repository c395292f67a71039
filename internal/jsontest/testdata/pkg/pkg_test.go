package pkg

// InTest is declared in a test file.
type InTest int
