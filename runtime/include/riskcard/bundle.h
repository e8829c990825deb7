/*===- bundle.h - Loading guard bundles into a host program -------*- C -*-===*
 *
 * A bundle (`riskc build POLICY --bundle guard.rkb`) is a POSIX tar archive
 * holding `manifest.json` (format, runtime version, policy name and hash,
 * taxonomy versions, compiler version, build time, target triple, the
 * SHA-256 of every artefact, the input fields that decision logs mask),
 * `cpu/guard.so` (the compiled guard) and `cards.json` (the cards of the
 * program, as `riskc doc --format=json` renders them). Design:
 * docs/design/deployments.md.
 *
 * riskcard_bundle_open verifies the archive, the manifest and every
 * artefact's size and SHA-256 before it loads anything, and refuses a bundle
 * built for another runtime version. It loads the guard from a sealed
 * memory file (no temporary file another process could swap) and checks that
 * the guard reports the policy, policy hash and runtime version the manifest
 * names. It also opens a bare guard shared object (`riskc build -o
 * guard.so`: any ELF file, or a path ending in `.so`), for which it
 * synthesises a manifest from the guard itself: format "riskcard-guard",
 * runtime_version "unknown", abi_version, policy, policy_hash, artefacts
 * ("cpu/guard.so": the file's sha256, size and device "cpu"), an empty
 * log_mask.
 *
 * The guard a bundle holds is used with the functions of riskcard.h (a guard
 * handle carries its own implementation). The program links libriskcard_host
 * and libriskcard_runtime (CMake: RiskcardHost; no LLVM); no function lets an
 * exception or an abort through. Bundles may be opened and closed from any
 * thread; the guard of an open bundle may be shared by threads as riskcard.h
 * says.
 *
 *===----------------------------------------------------------------------===*/
#ifndef RISKCARD_BUNDLE_H
#define RISKCARD_BUNDLE_H

#include "riskcard/riskcard.h"

#ifdef __cplusplus
extern "C" {
#endif

#define RISKCARD_BUNDLE_FORMAT_VERSION 1

typedef struct riskcard_bundle riskcard_bundle;

/* Opens the bundle (or bare guard .so) at `path` with riskcard_open's
 * `options`. On failure *bundle is null, the status says why
 * (RISKCARD_BAD_ARTEFACT for an unreadable, tampered or foreign bundle;
 * RISKCARD_INVALID_ARGUMENT for a null argument or, from the guard, a bad
 * option; RISKCARD_OUT_OF_MEMORY; RISKCARD_INTERNAL when the system refuses
 * a memory file) and `error` (when not null) receives a one-line message,
 * "FILE: what is wrong", truncated to `error_len` bytes with a terminator. */
RISKCARD_EXPORT riskcard_status riskcard_bundle_open(const char *path, unsigned options,
                                                     riskcard_bundle **bundle, char *error,
                                                     size_t error_len);
RISKCARD_EXPORT void riskcard_bundle_close(riskcard_bundle *bundle);

/* The guard inside (owned by the bundle: valid until riskcard_bundle_close). */
RISKCARD_EXPORT riskcard_guard *riskcard_bundle_guard(const riskcard_bundle *bundle);
/* The manifest, as JSON text (owned by the bundle). */
RISKCARD_EXPORT const char *riskcard_bundle_manifest(const riskcard_bundle *bundle);
/* The SHA-256 of the whole bundle file, "sha256:<hex>" (what logs and
 * metrics name a bundle by). */
RISKCARD_EXPORT const char *riskcard_bundle_file_hash(const riskcard_bundle *bundle);

#ifdef __cplusplus
}
#endif

#endif /* RISKCARD_BUNDLE_H */
