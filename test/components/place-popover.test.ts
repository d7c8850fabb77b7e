import { expect } from '@open-wc/testing';
import { placePopover } from '../../src/components/user-button/place-popover.js';

/** A fixed box at (left, top) of the given size: a trigger or a popover. */
function box(left: number, top: number, width: number, height: number): HTMLElement {
  const element = document.createElement('div');
  element.style.cssText = `position:fixed;left:${left}px;top:${top}px;width:${width}px;height:${height}px`;
  document.body.append(element);
  return element;
}

describe('placePopover (the user button menu)', () => {
  let stops: Array<() => void> = [];
  afterEach(() => {
    for (const stop of stops) stop();
    stops = [];
    document.body.replaceChildren();
  });
  const place = (trigger: HTMLElement, popover: HTMLElement, rtl = false) => {
    stops.push(placePopover(trigger, popover, { rtl }));
    return popover.getBoundingClientRect();
  };
  const viewport = () => document.documentElement;

  it('opens below the trigger, its end edge aligned with the trigger’s', () => {
    const trigger = box(300, 20, 40, 40);
    const rect = place(trigger, box(0, 0, 200, 100));
    expect(rect.top).to.equal(68);
    expect(rect.right).to.equal(340);
  });

  it('aligns the start edges in a right-to-left page', () => {
    const rect = place(box(300, 20, 40, 40), box(0, 0, 200, 100), true);
    expect(rect.left).to.equal(300);
  });

  it('opens above when there is no room below, and stays inside the viewport horizontally', () => {
    const bottom = viewport().clientHeight;
    const rect = place(box(10, bottom - 50, 40, 40), box(0, 0, 200, 100));
    expect(rect.bottom).to.equal(bottom - 50 - 8);
    expect(rect.left).to.equal(8);
  });

  it('follows the trigger when the window scrolls or resizes, until stopped', async () => {
    const trigger = box(300, 20, 40, 40);
    const popover = box(0, 0, 200, 100);
    place(trigger, popover);
    trigger.style.top = '120px';
    dispatchEvent(new Event('resize'));
    expect(popover.getBoundingClientRect().top).to.equal(168);
    stops.pop()!();
    trigger.style.top = '20px';
    dispatchEvent(new Event('resize'));
    expect(popover.getBoundingClientRect().top).to.equal(168);
  });
});
