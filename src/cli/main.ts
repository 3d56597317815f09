#!/usr/bin/env node
// The `rulecast` executable. Everything lives in program.ts so it can be imported (tests, docs) without running.
import { runCli } from "./program.js";

void runCli(process.argv);
