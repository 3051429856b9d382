#!/usr/bin/env python3
"""Fails when a Swift file imports a module its target does not declare as a dependency in
Package.swift (`make layers`, part of `make test`).

SwiftPM on Linux lets a file import any module that happens to be built already, so a layer could
reach up or sideways (Markdown importing the site layer, loading importing Markdown) and still
compile on a warm build. This check makes the layering exact: each target may import only the
system's modules, its own declared targets and the modules of its declared products.

Usage: scripts/check-layers.py            (from the repository's root; needs `swift`)
"""
import json
import os
import re
import subprocess
import sys

# Modules every target may import: the platform's and the toolchain's.
SYSTEM = {"Foundation", "FoundationEssentials", "FoundationNetworking", "FoundationXML", "Glibc", "Musl", "Darwin",
          "Dispatch", "Synchronization", "Testing", "XCTest", "_Concurrency", "Android"}
# The modules each package product brings (what `import` names).
PRODUCT_MODULES = {"Yams": {"Yams", "CYaml"},
                   "ArgumentParser": {"ArgumentParser"}, "FlyingFox": {"FlyingFox", "FlyingSocks"}}
IMPORT = re.compile(r"^\s*(?:@testable\s+|@preconcurrency\s+|@_implementationOnly\s+)*import\s+(?:(?:struct|class|enum|func|protocol|var|let|typealias)\s+)?([A-Za-z_][A-Za-z0-9_]*)")


def main():
    # With the fuzz targets too (they are in the package only when SAMVERKAN_FUZZ is set).
    package = json.loads(subprocess.run(["swift", "package", "dump-package"], check=True, capture_output=True, text=True,
                                        env=dict(os.environ, SAMVERKAN_FUZZ="1")).stdout)
    problems = []
    checked = 0
    for target in package["targets"]:
        if target["type"] == "system":
            continue
        allowed = set(SYSTEM) | {target["name"]}
        for dependency in target["dependencies"]:
            kind, value = next(iter(dependency.items()))
            name = value[0]
            allowed |= PRODUCT_MODULES.get(name, {name}) if kind == "product" else {name}
        folder = target.get("path") or os.path.join("Tests" if target["type"] == "test" else "Sources", target["name"])
        for root, dirs, files in os.walk(folder):
            dirs[:] = [d for d in dirs if d not in ("Fixtures",)]
            for name in sorted(files):
                if not name.endswith(".swift"):
                    continue
                path = os.path.join(root, name)
                checked += 1
                with open(path, encoding="utf-8") as source:
                    for number, line in enumerate(source, 1):
                        match = IMPORT.match(line)
                        if match and match.group(1) not in allowed:
                            problems.append(f"{path}:{number}: {target['name']} importerar {match.group(1)}, "
                                            f"som inte är ett av dess beroenden i Package.swift")
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"Lagren: {len(problems)} otillåtna import — ett lager får bara använda det som står under det.", file=sys.stderr)
        sys.exit(1)
    print(f"Lagren: {checked} filer i {len(package['targets'])} mål importerar bara sina egna beroenden.")


if __name__ == "__main__":
    main()
