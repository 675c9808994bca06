// The part of picomatch (https://github.com/micromatch/picomatch) tanqih uses; the package ships no types.
declare module 'picomatch' {
  interface PicomatchOptions {
    dot?: boolean;
  }
  function picomatch(glob: string | string[], options?: PicomatchOptions): (test: string) => boolean;
  export default picomatch;
}
