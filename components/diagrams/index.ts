// Diagrams available in lessons without an import; one export line each.
export {}
