/** What Arabic text looks like, for telling a right decoding from a wrong one. General knowledge of the language. */

/** Very frequent words (with and without hamza, as web text spells them). */
export const commonWords: ReadonlySet<string> = new Set(
  (
    'في من على إلى الى عن أن ان إن أو او لا لم لن ما ماذا هو هي هم هذا هذه ذلك تلك التي التى الذي الذين كان كانت يكون ' +
    'مع بين بعد قبل حتى ثم كما قد وقد لقد كل عند منذ حيث خلال أي اي غير يوم عام إذا اذا وفي ومن وعلى وأن وان وهو وهي ' +
    'فى به بها له لها عليه فيه فيها منه منها إنه انه أنه لكن ولكن أيضا ايضا مثل نحو دون ضد عبر لدى حول أكثر اكثر وقال قال ' +
    'وذلك هناك يمكن تم بن أمس اليوم'
  ).split(' '),
);

/** Frequent letter pairs inside Arabic words. */
export const commonBigrams: ReadonlySet<string> = new Set(
  (
    'ال لا ان في من ين ما ها لم ية ات ون لت ري ار ير ني ته ول وا اس ست تا هم قا لى عل ده دي لع لس لب لق لح لك لأ ىل ' +
    'رة مة نة لة يا را با كا عا سا حا نا ام اق اع اد اب ات اح ير يد يس يع يه يم بي سي مي دا دة لد لر لش لط لف لن لو ' +
    'مع مر مح مس مق ند نت نظ وم وت وق ؤو ئي أن أو إل إن بال عن فة قة كة ئة ؤس هذ ذه ذا'
  ).split(' '),
);
