# aidants — see README.md. Every target works on a fresh machine with Go 1.26.
GO        ?= go
BIN       ?= aidants
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT    ?= $(shell git rev-parse --short HEAD 2>/dev/null || echo inconnu)
LDFLAGS   := -s -w -X main.version=$(VERSION) -X main.commit=$(COMMIT)
FUZZTIME  ?= 30s

.PHONY: run build test bench lint e2e fuzz dist generate clean

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
	rm -rf $(BIN) dist e2e-out
