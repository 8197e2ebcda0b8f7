import { fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Claim } from '@contracts/points';
import { checkinPhase } from '@contracts/volunteer';
import { bulkSummary } from '../../src/features/points/bulk';
import { useLeaveGuard } from '../../src/hooks/use-leave-guard';

function Form({ dirty }: { dirty: boolean }) {
  useLeaveGuard(dirty);
  return <div className='taro-navigation-bar-back' data-testid='back' />;
}

describe('useLeaveGuard (h5): leaving a form with input asks first', () => {
  beforeEach(() => jest.clearAllMocks());

  it('the title bar back asks; 继续填写 keeps the page, 放弃 goes back', async () => {
    const modal = Taro.showModal as jest.Mock;
    const { getByTestId } = render(<Form dirty />);
    modal.mockResolvedValueOnce({ confirm: false, cancel: true });
    fireEvent.click(getByTestId('back'));
    await waitFor(() => expect(modal).toHaveBeenCalledWith(expect.objectContaining({ confirmText: '放弃', cancelText: '继续填写' })));
    expect(Taro.navigateBack).not.toHaveBeenCalled();
    modal.mockResolvedValueOnce({ confirm: true, cancel: false });
    fireEvent.click(getByTestId('back'));
    await waitFor(() => expect(Taro.navigateBack).toHaveBeenCalledTimes(1));
  });

  it('a form without input lets the back tap through, unasked', () => {
    const { getByTestId } = render(<Form dirty={false} />);
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    getByTestId('back').dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(Taro.showModal).not.toHaveBeenCalled();
  });
});

const claim = (id: string, points: number, photos = 0): Claim =>
  ({ id, points, photos: Array.from({ length: photos }, (_, i) => `cloud://env/claims/u/${id}-${i}.jpg`) }) as Claim;

describe('bulk approval summary', () => {
  it('says how many, the points in all, and how many have photos not looked at', () => {
    const claims = [claim('a', 3, 1), claim('b', 2, 2), claim('c', 5), claim('d', 3, 1)];
    expect(bulkSummary(claims, new Set(['b']))).toBe('通过 4 条，共 +13 分，其中 2 条含照片未查看');
    expect(bulkSummary(claims, new Set(['a', 'b', 'd']))).toBe('通过 4 条，共 +13 分');
  });
});

describe('check-in window', () => {
  const a = { startAt: '2026-12-04T09:00:00+08:00', endAt: '2026-12-04T12:00:00+08:00' };
  const at = (iso: string) => checkinPhase(a, new Date(iso).getTime());
  it('opens an hour before the start and closes two hours after the end', () => {
    expect(at('2026-12-04T07:59:00+08:00')).toBe('early');
    expect(at('2026-12-04T08:00:00+08:00')).toBe('open');
    expect(at('2026-12-04T14:00:00+08:00')).toBe('open');
    expect(at('2026-12-04T14:01:00+08:00')).toBe('closed');
  });
});
