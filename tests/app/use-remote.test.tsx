import { fireEvent, render, screen } from '@testing-library/react';
import { useRemote } from '../../src/hooks/use-remote';
import { freshStorage, setOnline, signInAs } from './offline-helpers';

beforeEach(() => {
  freshStorage();
  signInAs('demo_member_a');
  setOnline(true);
});

interface Counts {
  likes: number;
  liked: boolean;
}

function Likes({ load }: { load: () => Promise<Counts> }) {
  const remote = useRemote(load, ['brand_1'], { cache: 'test.likes' });
  if (!remote.data) return <p>加载中</p>;
  return (
    <button onClick={() => remote.mutate((d) => ({ likes: d.likes + 1, liked: true }))}>
      {remote.data.liked ? '已赞' : '点赞'} {remote.data.likes}
    </button>
  );
}

describe('useRemote', () => {
  it('mutate changes what is shown and the stored copy: opened again before the server answers, the page shows the change', async () => {
    const first = render(<Likes load={() => Promise.resolve({ likes: 3, liked: false })} />);
    fireEvent.click(await screen.findByText('点赞 3'));
    await screen.findByText('已赞 4');
    first.unmount();
    // Opened again with the server not answering (weak signal): the stored copy has the like.
    render(<Likes load={() => new Promise<Counts>(() => undefined)} />);
    await screen.findByText('已赞 4');
  });

  it('mutate before any data does nothing', async () => {
    function Early() {
      const remote = useRemote(() => new Promise<Counts>(() => undefined), ['x'], { cache: 'test.early' });
      return <button onClick={() => remote.mutate((d) => ({ ...d, likes: 9 }))}>{remote.data ? `有 ${remote.data.likes}` : '加载中'}</button>;
    }
    render(<Early />);
    fireEvent.click(screen.getByText('加载中'));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByText('加载中')).toBeTruthy();
  });
});
