/** editor.html entry: the dataset editor and its page styles. */
import './editor.css';
import './nso-editor.ts';
