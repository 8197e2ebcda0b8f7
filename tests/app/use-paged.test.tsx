import { useState } from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Page } from '../../contracts/points';
import { ApiCallError } from '../../src/api/errors';
import { PagedFooter } from '../../src/components/paged-footer';
import { usePaged } from '../../src/hooks/use-paged';
import { freshStorage, setOnline, signInAs } from './offline-helpers';

beforeEach(() => {
  freshStorage();
  signInAs('demo_member_a');
  setOnline(true);
});

function List({ load, filter = 'open' }: { load: (filter: string, cursor: string | null) => Promise<Page<string>>; filter?: string }) {
  const list = usePaged((cursor) => load(filter, cursor), [filter], { cache: 'test.list' });
  return (
    <div>
      {list.items.map((i) => (
        <p key={i}>{i}</p>
      ))}
      <PagedFooter list={list} empty='没有内容' />
    </div>
  );
}

describe('usePaged', () => {
  it('“点此重试” after a failed first page sends the request again and shows the list', async () => {
    const load = jest
      .fn()
      .mockRejectedValueOnce(new ApiCallError('NETWORK'))
      .mockResolvedValueOnce({ items: ['第一条'], cursor: null });
    render(<List load={load} />);
    fireEvent.click(await screen.findByText(/点此重试/));
    await screen.findByText('第一条');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('“点此重试” after a failed next page loads that page', async () => {
    const load = jest
      .fn()
      .mockResolvedValueOnce({ items: ['第一条'], cursor: 'p2' })
      .mockRejectedValueOnce(new ApiCallError('NETWORK'))
      .mockResolvedValueOnce({ items: ['第二条'], cursor: null });
    render(<List load={load} />);
    fireEvent.click(await screen.findByText('加载更多'));
    fireEvent.click(await screen.findByText(/点此重试/));
    await screen.findByText('第二条');
    expect(load).toHaveBeenLastCalledWith('open', 'p2');
    expect(screen.getByText('第一条')).toBeTruthy();
  });

  it('shows the stored first page at once, then the fresh one', async () => {
    let answer: (p: Page<string>) => void = () => undefined;
    const first = jest.fn().mockResolvedValue({ items: ['旧的'], cursor: null });
    const { unmount } = render(<List load={first} />);
    await screen.findByText('旧的');
    unmount();
    const load = jest.fn(() => new Promise<Page<string>>((r) => (answer = r)));
    render(<List load={load} />);
    expect(screen.getByText('旧的')).toBeTruthy(); // before any answer
    await act(async () => answer({ items: ['新的'], cursor: null }));
    await screen.findByText('新的');
  });

  it('each filter shows its own items offline, never another filter’s', async () => {
    function Tabs({ load }: { load: (filter: string, cursor: string | null) => Promise<Page<string>> }) {
      const [filter, setFilter] = useState('open');
      return (
        <>
          <button onClick={() => setFilter('past')}>往期</button>
          <List load={load} filter={filter} />
        </>
      );
    }
    const load = jest.fn(async (filter: string) => {
      if (filter === 'open') return { items: ['可报名的活动'], cursor: null };
      throw new ApiCallError('NETWORK');
    });
    render(<Tabs load={load} />);
    await screen.findByText('可报名的活动');
    act(() => setOnline(false));
    fireEvent.click(screen.getByText('往期'));
    await waitFor(() => expect(screen.queryByText('可报名的活动')).toBeNull());
    await screen.findByText(/离线，联网后自动加载/);
  });
});
