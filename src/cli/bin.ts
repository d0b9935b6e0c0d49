#!/usr/bin/env node
import { main } from './main.js'

// The file's own URL tells main() what to start in a worker thread for --jobs.
void main(process.argv.slice(2), import.meta.url)
