# aidants — see README.md. Every target works on a fresh machine with Go 1.26.
GO        ?= go
BIN       ?= aidants
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT    ?= $(shell git rev-parse --short HEAD 2>/dev/null || echo inconnu)
LDFLAGS   := -s -w -X main.version=$(VERSION) -X main.commit=$(COMMIT)
FUZZTIME  ?= 30s

.PHONY: run build test bench lint e2e fuzz dist generate clean mutation

run:
	$(GO) run .

build:
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) .

test:
	$(GO) vet ./...
	$(GO) test -count=1 ./...
	$(GO) run . contenu verifier

bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./...
	./scripts/bench.sh

STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2

lint:
	@test -z "$$(gofmt -l .)" || (echo "gofmt :"; gofmt -l .; exit 1)
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

# Mutation testing of rules/ (see TESTING.md): gremlins, pinned and fetched from the Go module
# proxy by `go run`, not a project dependency. About 11 minutes with 2 workers; not part of
# `make test` nor of CI. MUTATION_OUT receives the machine-readable results. -count=1: the
# timeout of each mutant is a multiple of an uncached test run (a cached one is too short).
GREMLINS     ?= github.com/go-gremlins/gremlins/cmd/gremlins@v0.6.0
MUTATION_OUT ?= mutation-rules.json

mutation:
	GOFLAGS=-count=1 $(GO) run $(GREMLINS) unleash --workers 2 --test-cpu 1 --timeout-coefficient 10 --output $(MUTATION_OUT) ./rules

e2e: build
	./scripts/e2e.sh

fuzz:
	./scripts/fuzz.sh $(FUZZTIME)

dist:
	GO='$(GO)' VERSION='$(VERSION)' COMMIT='$(COMMIT)' LDFLAGS='$(LDFLAGS)' ./scripts/dist.sh

# after editing anything in content/: rewrite the pre-parsed snapshot (a test checks it)
generate:
	$(GO) generate ./content

clean:
	rm -rf $(BIN) dist e2e-out $(MUTATION_OUT)
