// A MongoDB wire-protocol stand-in for the store contract suite in CI: FerretDB v1 embedded, SQLite
// backend, on a loopback address. Not MongoDB: see tools/mongo-stand-in/README.md for what it lacks.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: mongo-stand-in <127.0.0.1:port> <sqlite directory>")
		os.Exit(2)
	}
	f, err := ferretdb.New(&ferretdb.Config{Listener: ferretdb.ListenerConfig{TCP: os.Args[1]}, Handler: "sqlite", SQLiteURL: "file:" + os.Args[2] + "/"})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go f.Run(ctx)
	fmt.Println(f.MongoDBURI())
	<-ctx.Done()
}
