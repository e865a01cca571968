"""The built-in rules, one module per family, registered through the same
``scrapelint`` entry point that third-party rule packages use."""
