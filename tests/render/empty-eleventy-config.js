// An empty Eleventy config for render tests: each test adds its plugins in code.
export default function () {}
