import { LitElement } from 'lit';

/**
 * A Lit element rendering into its own light DOM: the console's stylesheet applies to it, and
 * Monaco and Cytoscape (which expect document-level styles) work inside it.
 */
export class LightElement extends LitElement {
  createRenderRoot() {
    return this;
  }
}
