// `npm run analyze` writes custom-elements.json from the components' JSDoc
// (@fires, @csspart, @cssprop) for editors, docs and publishers' tooling.
// Elements register through define() (src/shared/define.ts), which the
// analyzer does not know: this plugin reads those calls as definitions.
function defineCalls() {
  return {
    name: 'nso-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, cls] = node.arguments;
      if (!tag || !cls || !ts.isStringLiteral(tag) || !ts.isIdentifier(cls)) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === cls.text);
      if (!declaration) return;
      declaration.tagName = tag.text;
      declaration.customElement = true;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: cls.text, module: moduleDoc.path } },
      ];
    },
  };
}

// Reactive state is declared in `static properties` with `state: true` (no attribute), which the analyzer reads
// as an attribute: such fields are private, so private fields lose their attribute here.
function stateIsNoAttribute() {
  return {
    name: 'nso-state-is-no-attribute',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const privates = new Set(
            (declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name),
          );
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((a) => !privates.has(a.fieldName ?? a.name));
          }
          for (const member of declaration.members ?? []) if (privates.has(member.name)) delete member.attribute;
        }
      }
    },
  };
}

// The analyzer lists modules in the order its file reads finish, which varies between runs: sorted by path, the
// committed file changes only when the components' documentation does.
function modulesByPath() {
  return {
    name: 'nso-modules-by-path',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  // nso-element.ts (the base class) matches too: listing it twice made the output vary between runs.
  globs: ['src/**/nso-*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [defineCalls(), stateIsNoAttribute(), modulesByPath()],
};
