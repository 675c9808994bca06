/** The k items with the highest score seen so far; on a tie the one seen first stays ahead. Holds at most k items. */
export class TopK<T> {
  private readonly items: { score: number; order: number; item: T }[] = [];
  private seen = 0;

  constructor(private readonly k: number) {}

  /** Offers an item; returns nothing, keeps it only if it is among the best k. */
  offer(score: number, item: T): void {
    const order = this.seen++;
    const last = this.items[this.items.length - 1];
    if (this.items.length >= this.k && last !== undefined && score <= last.score) return;
    let at = this.items.length;
    while (at > 0 && this.items[at - 1]!.score < score) at--;
    this.items.splice(at, 0, { score, order, item });
    if (this.items.length > this.k) this.items.pop();
  }

  /** Best first, each with its score. */
  list(): { score: number; item: T }[] {
    return this.items.map(({ score, item }) => ({ score, item }));
  }
}
