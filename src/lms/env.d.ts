// The Vite variables a package build sets (absent in the ordinary build).
interface ImportMetaEnv {
  readonly VITE_LMS?: string;
  readonly VITE_MODULE?: string;
}
