// What a drawing was last made from, compared value by value: the map's view changes many times a minute and
// most changes leave most of it as it was. Building a string or an array out of the values at each change
// (JSON.stringify) costs memory every time, and that garbage is collected in the middle of later changes; a
// fingerprint keeps the values themselves and writes nothing when they are the same.

export type Print = string | number | boolean | null | undefined;

export class Fingerprint {
  private readonly values: Print[] = [];
  private at = 0;
  private changed = false;
  /** Nothing read yet (or forgotten): the next reading counts as changed, even with no values. */
  private fresh = true;

  /** Starts reading the values again, from the first. */
  begin(): this {
    this.at = 0;
    this.changed = false;
    return this;
  }

  /** The next value; it replaces the one kept at this place when it differs. */
  add(value: Print): this {
    if (this.at >= this.values.length || !Object.is(this.values[this.at], value)) {
      this.values[this.at] = value;
      this.changed = true;
    }
    this.at += 1;
    return this;
  }

  /** Whether any value differed from last time, or there were more or fewer of them. */
  end(): boolean {
    if (this.values.length !== this.at) {
      this.values.length = this.at;
      this.changed = true;
    }
    const changed = this.changed || this.fresh;
    this.fresh = false;
    return changed;
  }

  /** Forgets the values: the next reading counts as changed. */
  reset(): void {
    this.values.length = 0;
    this.fresh = true;
  }
}
