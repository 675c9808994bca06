/** Which files a folder argument stands for when --glob is not given. Its own module: the CLI's help shows it without loading fast-glob. */
export const defaultGlob = '**/*.txt';
