/** editor.html entry: replaced by the editor's implementation. */
import '../index.ts';
